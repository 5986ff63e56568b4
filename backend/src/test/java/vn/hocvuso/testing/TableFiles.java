package vn.hocvuso.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Uploaded tables as people's software writes them: a Vietnamese Windows' code page, an Excel workbook. */
public final class TableFiles {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableFiles() {}

    /** windows-1258 as Windows writes it: base letters with the accents it has, plus combining tone marks. */
    public static byte[] cp1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            String encodable = ch;
            if (!encoder.canEncode(ch)) {
                // e.g. ệ = e + dot below + circumflex: Windows writes ê (one byte) + the combining dot below.
                String nfd = Normalizer.normalize(ch, Normalizer.Form.NFD);
                String base = nfd.substring(0, 1);
                String marks = nfd.substring(1);
                encodable = base + marks;
                for (int m = 0; m < marks.length(); m++) {
                    String composed = Normalizer.normalize(base + marks.charAt(m), Normalizer.Form.NFC);
                    String rest = marks.substring(0, m) + marks.substring(m + 1);
                    if (composed.length() == 1
                            && encoder.canEncode(composed)
                            && (rest.isEmpty() || encoder.canEncode(rest))) {
                        encodable = composed + rest;
                        break;
                    }
                }
            }
            try {
                ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(encodable));
                out.write(bytes.array(), 0, bytes.limit());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalStateException(ch, e);
            }
        }
        return out.toByteArray();
    }

    /** A small XLSX workbook as Excel would save it (numbers stay numbers). */
    public static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Excel", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, String.valueOf(v));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
