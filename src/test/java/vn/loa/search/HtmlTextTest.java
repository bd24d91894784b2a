package vn.loa.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTest {

    @Test
    void tagsAndReferencesSeparateWordsAndScriptsAreSkipped() {
        String html = "<h2 id=\"a\">Tổng&nbsp;đài</h2><p>Gọi <strong>111</strong> &amp; 1900&#8203;969680</p>"
            + "<script>var bao = 1;</script><STYLE>p{luc:0}</STYLE><p>hết</p>";
        assertEquals(java.util.List.of("tong", "dai", "goi", "111", "1900", "969680", "het"), SearchTerms.of(HtmlText.of(html)));
    }

    @Test
    void emptyAndBrokenMarkupGiveWhatCanBeRead() {
        assertEquals("", HtmlText.of(null));
        assertEquals("chữ ", HtmlText.of("chữ <p"));
    }
}
