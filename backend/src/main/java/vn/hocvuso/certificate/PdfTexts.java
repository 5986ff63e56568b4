package vn.hocvuso.certificate;

import static vn.hocvuso.certificate.CertificatePdf.clean;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocvuso.common.PdfGlyphs;

/** Measuring and fitting text on the certificate's page: widths, sizes that fit, word and character wrap. */
final class PdfTexts {

    private PdfTexts() {}

    static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** The largest size from {@code max} down to {@code min} (half-point steps) at which {@code s} fits. */
    static float fit(PDFont font, String s, float max, float min, float maxWidth) throws IOException {
        float size = max;
        while (size > min && width(font, size, s) > maxWidth) {
            size -= 0.5f;
        }
        return size;
    }

    static float widest(PDFont font, float size, List<String> lines) throws IOException {
        float max = 0;
        for (String line : lines) {
            max = Math.max(max, width(font, size, line));
        }
        return max;
    }

    /** Word wrap into at most {@code maxLines}; the last line takes the rest. */
    static List<String> wrap(PDFont font, float size, String s, float maxWidth, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (!line.isEmpty() && width(font, size, candidate) > maxWidth && lines.size() < maxLines - 1) {
                lines.add(line.toString());
                line = new StringBuilder(words[i]);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Character wrap, for URLs that have no spaces. */
    static List<String> wrapChars(PDFont font, float size, String s, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int end = 0;
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (end > start && width(font, size, s.substring(start, next)) > maxWidth) {
                lines.add(s.substring(start, end));
                start = end;
            }
            end = next;
        }
        lines.add(s.substring(start));
        return lines;
    }

    /** NFC, single spaces, and "?" for any character the font cannot show (which would make PDFBox throw). */
    static String safe(PDFont font, String text) {
        return PdfGlyphs.shown(font, clean(text));
    }
}
