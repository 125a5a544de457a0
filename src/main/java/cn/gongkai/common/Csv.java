package cn.gongkai.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: reading (quoted fields, CRLF or LF, a leading BOM skipped) and writing (UTF-8 with a BOM, for Excel). */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** One parsed record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
    }

    /** Records of a CSV text; blank lines are skipped. Throws IllegalArgumentException for an unterminated quote. */
    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        int line = 1;
        while (i < text.length()) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    break;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("line " + startLine + ": a quoted field is not closed");
            }
            fields.add(field.toString());
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                rows.add(new Row(startLine, List.copyOf(fields)));
            }
        }
        return rows;
    }

    /** Writes records as UTF-8 with a BOM, CRLF line ends, fields quoted where RFC 4180 needs it. */
    public static byte[] write(List<List<?>> records) {
        StringBuilder out = new StringBuilder().append(BOM);
        for (List<?> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(record.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
