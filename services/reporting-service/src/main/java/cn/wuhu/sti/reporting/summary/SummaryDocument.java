package cn.wuhu.sti.reporting.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;

/** The work summary as a Word document (.docx): a centred title, then one paragraph per section. */
@Component
class SummaryDocument {

    private static final String FONT = "宋体";

    byte[] of(WorkSummary summary) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setText(summary.title());
            titleRun.setBold(true);
            titleRun.setFontSize(18);
            titleRun.setFontFamily(FONT);
            for (String text : summary.paragraphs()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setFirstLineIndent(480);
                XWPFRun run = paragraph.createRun();
                run.setText(text);
                run.setFontSize(12);
                run.setFontFamily(FONT);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
