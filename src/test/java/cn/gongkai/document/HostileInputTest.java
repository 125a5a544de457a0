package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.importDocument;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Documents;
import cn.gongkai.support.ExampleFixtures;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every kind of hostile or broken upload gets a clear 4xx problem, and nothing is stored. */
@QuarkusTest
class HostileInputTest {

    @Test
    void anEmptyBodyIsRefused() {
        refused(new byte[0], Documents.TEXT, 400, "unreadable-document").body("detail", containsString("empty"));
        refused(new byte[0], Documents.DOCX, 400, "unreadable-document");
    }

    @Test
    void aMalformedDocxIsRefused() {
        byte[] docx = ExampleFixtures.docx(ExampleFixtures.pieces(SharedFiles.exampleReport()));
        refused(Arrays.copyOf(docx, docx.length / 2), Documents.DOCX, 400, "unreadable-document");
        refused("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1), Documents.DOCX, 400, "unreadable-document");
        refused("<html>not a docx</html>".getBytes(StandardCharsets.UTF_8), Documents.DOCX, 400, "unreadable-document");
    }

    @Test
    void anEncryptedDocxAndALegacyDocAreRefusedWithTheReason() throws Exception {
        byte[] docx = ExampleFixtures.docx(ExampleFixtures.pieces(SharedFiles.exampleReport()));
        refused(ExampleFixtures.encrypted(docx), Documents.DOCX, 400, "unreadable-document").body("detail", containsString("encrypted"));
        try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ole.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            ole.writeFilesystem(out);
            refused(out.toByteArray(), Documents.DOCX, 400, "unreadable-document").body("detail", containsString(".doc"));
        }
    }

    @Test
    void anUploadOver50MegabytesIsRefusedWith413() {
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        refused(huge, Documents.TEXT, 413, "document-too-large");
    }

    @Test
    void aZipBombIsRefusedBeforeItExpands() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        refused(out.toByteArray(), Documents.DOCX, 413, "document-too-large");
    }

    @Test
    void pathTricksInAnArchiveAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/../../../etc/passwd"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        refused(out.toByteArray(), Documents.DOCX, 400, "unsafe-archive");
    }

    @Test
    void aFileThatIsNoReportIsRefused() {
        refused("购物清单：苹果、梨。\n明天记得开会。".getBytes(StandardCharsets.UTF_8), Documents.TEXT, 422, "not-a-report");
        refused("<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8), "text/html", 422, "not-a-report");
    }

    @Test
    void textInAnotherCharsetThanDeclaredIsRefused() {
        byte[] gbk = SharedFiles.exampleReport().getBytes(Charset.forName("GB18030"));
        refused(gbk, Documents.TEXT, 400, "unreadable-document").body("detail", containsString("charset"));
        // declared, it is read
        long agency = createAgency(uniqueName("国标镇"), "370812");
        importDocument(agency, 2023, gbk, "text/plain; charset=GB18030", true).then().statusCode(200);
    }

    @Test
    void aTypeThatIsNoDocumentIsRefusedWith415() {
        refused("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1), "application/pdf", 415, "unsupported-document-type");
    }

    private static ValidatableResponse refused(byte[] content, String contentType, int status, String type) {
        long agency = createAgency(uniqueName("拒收镇"), "370812");
        ValidatableResponse response = importDocument(agency, 2023, content, contentType, false).then().statusCode(status)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:gongkai:problem:" + type))
                .body("detail", containsString("Nothing was stored"));
        json().get("/agencies/" + agency + "/years").then().statusCode(200).body("$", empty());
        return response;
    }
}
