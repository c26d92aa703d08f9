package cn.wuhu.sti.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SummaryFormatTest {

    private static final String DOCX = SummaryController.DOCX;

    @Test
    void wordOnlyWhenTheAcceptHeaderNamesItAboveMarkdown() {
        assertThat(SummaryController.asksForWord(null)).isFalse();
        assertThat(SummaryController.asksForWord("*/*")).isFalse();
        assertThat(SummaryController.asksForWord("application/*")).isFalse();
        assertThat(SummaryController.asksForWord("text/markdown")).isFalse();
        assertThat(SummaryController.asksForWord(DOCX)).isTrue();
        assertThat(SummaryController.asksForWord(DOCX + ", */*;q=0.1")).isTrue();
        assertThat(SummaryController.asksForWord("text/markdown, " + DOCX + ";q=0.5"))
                .isFalse();
    }

    @Test
    void amountsAreIn亿元WithTwoDecimalsAndSmallOnesIn万元() {
        assertThat(SummaryWriter.yuan(new BigDecimal("16940000000.00"))).isEqualTo("169.40亿元");
        assertThat(SummaryWriter.yuan(new BigDecimal("123456789"))).isEqualTo("1.23亿元");
        assertThat(SummaryWriter.yuan(new BigDecimal("1234567.89"))).isEqualTo("123.46万元");
    }

    @Test
    void aTotalPassesTheRoundFigureOfItsLeadingDigit() {
        assertThat(SummaryWriter.roundFigure(new BigDecimal("2044"))).isEqualByComparingTo("2000");
        assertThat(SummaryWriter.roundFigure(new BigDecimal("3050"))).isEqualByComparingTo("3000");
        assertThat(SummaryWriter.roundFigure(new BigDecimal("368"))).isEqualByComparingTo("300");
        assertThat(SummaryWriter.roundFigure(new BigDecimal("20"))).isEqualByComparingTo("20");
        assertThat(SummaryWriter.roundFigure(new BigDecimal("7"))).isEqualByComparingTo("7");
    }
}
