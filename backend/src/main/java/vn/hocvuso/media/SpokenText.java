package vn.hocvuso.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's Markdown as the words to speak, block by block. The blocks are those the web app's renderer makes
 * ({@code frontend/src/components/ui/Markdown.tsx}, {@code parseBlocks}: headings, paragraphs, lists, quotes,
 * rules), counted the same way, so that the player can follow the block being read by its index. A rule is a block
 * with nothing to say; a list is said item after item; inline marks (bold, code, links) are dropped, a link's text
 * kept.
 */
final class SpokenText {

    /** One block: its index among the rendered blocks, and what is said for it (empty for a rule). */
    record Block(int index, String text) {}

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|__(.+?)__|`([^`]+)`|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|\\*([^*\\s](?:[^*]*[^*\\s])?)\\*"
                    + "|(?<![\\p{L}\\p{N}])_([^_\\s](?:[^_]*[^_\\s])?)_(?![\\p{L}\\p{N}])");

    private SpokenText() {}

    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> list = null;
        Boolean ordered = null;
        List<String> quote = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                close(blocks, paragraph, list, quote);
                list = null;
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(line)).matches()) {
                close(blocks, paragraph, list, quote);
                list = null;
                add(blocks, m.group(2));
            } else if (RULE.matcher(line).matches()) {
                close(blocks, paragraph, list, quote);
                list = null;
                blocks.add(new Block(blocks.size(), ""));
            } else if ((m = BULLET.matcher(line)).matches() || (m = NUMBERED.matcher(line)).matches()) {
                boolean isOrdered = m.groupCount() == 2;
                String text = isOrdered ? m.group(2) : m.group(1);
                close(blocks, paragraph, null, quote);
                if (list == null || ordered != isOrdered) {
                    close(blocks, List.of(), list, List.of());
                    list = new ArrayList<>();
                    ordered = isOrdered;
                }
                list.add(text);
            } else if ((m = QUOTE.matcher(line)).matches()) {
                close(blocks, paragraph, list, List.of());
                list = null;
                quote.add(m.group(1));
            } else if (list != null && !list.isEmpty() && line.matches("^\\s{2,}\\S.*")) {
                list.set(list.size() - 1, list.get(list.size() - 1) + " " + line.strip());
            } else {
                close(blocks, List.of(), list, quote);
                list = null;
                paragraph.add(line.strip());
            }
        }
        close(blocks, paragraph, list, quote);
        return blocks;
    }

    /** Closes the open paragraph, list and quote, in the renderer's order; the lists passed are emptied. */
    private static void close(List<Block> blocks, List<String> paragraph, List<String> list, List<String> quote) {
        if (!paragraph.isEmpty()) {
            add(blocks, String.join(" ", paragraph));
            paragraph.clear();
        }
        if (list != null && !list.isEmpty()) {
            add(
                    blocks,
                    String.join(
                            ". ",
                            list.stream()
                                    .map(item -> item.replaceAll("[.;:,]\\s*$", ""))
                                    .toList()));
            list.clear();
        }
        if (!quote.isEmpty()) {
            add(blocks, String.join(" ", quote));
            quote.clear();
        }
    }

    private static void add(List<Block> blocks, String markdown) {
        blocks.add(new Block(blocks.size(), plain(markdown)));
    }

    /** Inline Markdown as plain words. */
    static String plain(String text) {
        Matcher m = INLINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String keep = null;
            for (int g : new int[] {1, 2, 3, 4, 6, 7}) {
                if (m.group(g) != null) {
                    keep = m.group(g);
                    break;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(keep == null ? "" : keep));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
