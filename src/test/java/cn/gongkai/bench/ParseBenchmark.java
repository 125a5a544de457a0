package cn.gongkai.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gongkai.document.parse.ReportInterpreter;
import cn.gongkai.document.source.DocumentLimits;
import cn.gongkai.document.source.DocumentReaders;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.support.ExampleFixtures;
import cn.gongkai.support.SharedFiles;

/**
 * Parse time per document (read + interpret, no database), for the example report as text, as a
 * .docx with real tables and as an HTML page. Run by src/bench/parse-benchmark.sh; not a test.
 */
public final class ParseBenchmark {

    private static final int WARMUP = 200;
    private static final int MEASURED = 500;

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        String text = SharedFiles.exampleReport();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ExampleFixtures.docx(ExampleFixtures.pieces(text)));
        documents.put("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
        documents.put("text/html; charset=utf-8", ExampleFixtures.html(ExampleFixtures.pieces(text)).getBytes(StandardCharsets.UTF_8));
        ReportInterpreter interpreter = new ReportInterpreter(new FormatCatalogue());
        System.out.printf("%-75s %8s %10s %10s %10s%n", "document (the example report)", "bytes", "median ms", "p95 ms", "max ms");
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            for (int i = 0; i < WARMUP; i++) {
                parse(interpreter, document.getValue(), document.getKey());
            }
            double[] millis = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long started = System.nanoTime();
                parse(interpreter, document.getValue(), document.getKey());
                millis[i] = (System.nanoTime() - started) / 1_000_000.0;
            }
            Arrays.sort(millis);
            System.out.printf("%-75s %8d %10.2f %10.2f %10.2f%n", document.getKey(), document.getValue().length, millis[MEASURED / 2],
                    millis[(int) (MEASURED * 0.95)], millis[MEASURED - 1]);
        }
    }

    private static void parse(ReportInterpreter interpreter, byte[] content, String contentType) {
        if (!interpreter.interpret(DocumentReaders.read(content, contentType, DocumentLimits.DEFAULT)).isReport()) {
            throw new IllegalStateException("the example did not parse as a report");
        }
    }
}
