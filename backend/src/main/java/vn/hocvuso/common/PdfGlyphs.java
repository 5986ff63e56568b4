package vn.hocvuso.common;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text a PDF font can show: both PDF writers (the certificate's and the reports') put their text through it. */
public final class PdfGlyphs {

    private PdfGlyphs() {}

    /** {@code text} with "?" for each character {@code font} cannot encode (which would make PDFBox throw). */
    public static String shown(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
