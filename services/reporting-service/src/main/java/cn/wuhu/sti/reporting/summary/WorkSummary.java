package cn.wuhu.sti.reporting.summary;

import java.util.List;

/** The yearly work summary: a title and one paragraph per section, every figure drawn from the indicators. */
public record WorkSummary(int year, String title, List<String> paragraphs) {

    /** The summary as Markdown: the title as a heading, then the paragraphs separated by blank lines. */
    public String markdown() {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        return text.toString();
    }
}
