package cn.gongkai.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gongkai.agency.Agency;
import cn.gongkai.common.EntityTags;
import cn.gongkai.document.parse.ParseReport;
import cn.gongkai.document.source.DocumentType;
import cn.gongkai.document.source.ZipInspector;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Problem;
import cn.gongkai.problem.Violation;

/**
 * Imports many documents for an office: each file matched to its agency (a mapping from file name to
 * agency id, else the agency named in its title), stored in its own transaction (whole or not at
 * all), and answered on its own: one bad file stops none of the others. A .zip among the files is
 * opened (within the archive limits) and its entries imported one by one.
 */
@ApplicationScoped
public class BatchImportService {

    /** A file of the upload: its name, declared type (may be null) and content. */
    public record Upload(String name, String contentType, byte[] content) {
    }

    /** At most this many documents in one batch. */
    static final int MAX_FILES = 500;

    /** An archive may carry its mapping (file name → agency id) as this entry. */
    static final String MAPPING_ENTRY = "mapping.json";

    private final DocumentService documents;
    private final ObjectMapper json;

    public BatchImportService(DocumentService documents, ObjectMapper json) {
        this.documents = documents;
        this.json = json;
    }

    /** The mapping sent with an upload: a JSON object of file name → agency id. */
    public Map<String, Long> mapping(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Long>>() {
            });
        } catch (IOException e) {
            throw ApiException.invalidInput(Violation.parameter("mapping", "must be a JSON object of file name → agency id, "
                    + "e.g. {\"caohe-2023.docx\": 1}"));
        }
    }

    public BatchResult importAll(List<Upload> uploads, Map<String, Long> givenMapping, Integer year) {
        Map<String, Long> mapping = new java.util.HashMap<>(givenMapping);
        List<Upload> files = new ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                for (ZipInspector.Entry entry : ZipInspector.entries(upload.content(), documents.limits(), "The archive " + upload.name())) {
                    if (entry.name().equals(MAPPING_ENTRY)) {
                        mapping.putAll(mapping(new String(entry.content(), java.nio.charset.StandardCharsets.UTF_8)));
                    } else {
                        files.add(new Upload(entry.name(), null, entry.content()));
                    }
                }
            } else {
                files.add(upload);
            }
        }
        if (files.size() > MAX_FILES) {
            throw DocumentProblems.tooLarge("The batch has " + files.size() + " files; at most " + MAX_FILES + " are imported at once.");
        }
        List<BatchResult.FileResult> results = new ArrayList<>();
        for (Upload file : files) {
            results.add(importOne(file, mapping, year));
        }
        int stored = (int) results.stream().filter(BatchResult.FileResult::stored).count();
        return new BatchResult(results.size(), stored, results.size() - stored, results);
    }

    private BatchResult.FileResult importOne(Upload file, Map<String, Long> mapping, Integer year) {
        Long agencyId = mapping.get(file.name());
        Integer reportYear = year;
        try {
            String contentType = file.contentType() != null && !file.contentType().equals("application/octet-stream") ? file.contentType()
                    : DocumentType.ofFileName(file.name()).map(DocumentType::mediaType).orElse(null);
            DocumentService.Parsed parsed = documents.parse(file.content(), contentType);
            ParseReport parse = parsed.parse();
            if (agencyId == null) {
                agencyId = agencyNamed(parse.agencyName(), file.name());
            }
            if (reportYear == null) {
                reportYear = parse.year();
                if (reportYear == null) {
                    throw ApiException.invalidInput(Violation.parameter("year",
                            "the document states no year; give year with the upload"));
                }
            }
            DocumentService.Outcome outcome = documents.store(agencyId, reportYear, parsed, false, null, null);
            return new BatchResult.FileResult(file.name(), agencyId, reportYear, outcome.rendered().created() ? 201 : 200, true,
                    EntityTags.quoted(outcome.rendered().etag()), outcome.parse().detectedFormat(),
                    outcome.parse().warnings().stream().map(ParseReport.Warning::code).toList(), null);
        } catch (ApiException e) {
            Problem problem = new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), null, e.violations());
            return new BatchResult.FileResult(file.name(), agencyId, reportYear, e.status(), false, null, null, null, problem);
        }
    }

    private static long agencyNamed(String name, String file) {
        if (name == null) {
            throw DocumentProblems.notAReport("The title of " + file + " names no agency; map the file to an agency id in the upload.");
        }
        List<Agency> named = Agency.list("name", name);
        if (named.size() != 1) {
            throw new ApiException(422, "agency-not-matched", "Agency not matched", (named.isEmpty() ? "No agency is named '"
                    : "More than one agency is named '") + name + "'; map " + file + " to an agency id in the upload. Nothing was stored.",
                    List.of());
        }
        return named.get(0).id;
    }
}
