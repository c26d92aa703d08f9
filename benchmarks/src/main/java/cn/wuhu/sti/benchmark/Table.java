package cn.wuhu.sti.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's result: its rows, how each cost grows, and where and how it ran, as Markdown. */
public final class Table {

    private final List<Row> rows = new ArrayList<>();
    private final List<Growth> growth = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Table add(Row row) {
        rows.add(row);
        return this;
    }

    public Table add(Growth line) {
        growth.add(line);
        return this;
    }

    public Table note(String note) {
        notes.add(note);
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| # | what | figure | reference in the same run | ratio | goal | met? |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s %s | %s | %s | %s | %s |%n",
                    row.id(),
                    row.what() + (row.note().isEmpty() ? "" : " (" + row.note() + ")"),
                    Figures.number(row.figure()),
                    row.unit(),
                    row.reference()
                            .map(r -> Figures.number(r.figure()) + " " + row.unit() + " — " + r.source())
                            .orElse("—"),
                    row.ratio().map(r -> Figures.number(r) + " ×").orElse("—"),
                    row.goal().describe(),
                    row.met() ? "yes" : "**no**"));
        }
        if (!growth.isEmpty()) {
            out.append("\nHow the cost grows with the work:\n\n");
            growth.forEach(g -> out.append("- ").append(g.line()).append('\n'));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }
}
