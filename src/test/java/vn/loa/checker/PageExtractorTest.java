package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private static List<String> texts(Page page, Scope scope) {
        return page.blocks().stream().filter(b -> b.scope() == scope).map(TextBlock::text).toList();
    }

    @Test
    void scopesComeFromTheirElements() {
        Page page = PageExtractor.extract("""
                <html><head><title>Tiêu đề trang</title><meta property="og:title" content="Tiêu đề chia sẻ"></head>
                <body><header><nav>Trang chủ</nav></header>
                <main><article><header><h1>Tiêu đề bài</h1></header>
                <p class="lead">Sapo của bài.</p><p>Đoạn <em>thân</em> bài.</p>
                <figure><img src="a.jpg" alt="Mô tả ảnh"><figcaption>Chú thích ảnh</figcaption></figure>
                <div data-loa-check="skip"><p>Bỏ qua</p></div><p aria-hidden="true">Ẩn</p>
                </article></main><footer>Chân trang</footer></body></html>""");
        assertEquals(List.of("Tiêu đề bài", "Tiêu đề trang", "Tiêu đề chia sẻ"), texts(page, Scope.HEADLINE));
        assertEquals(List.of("Sapo của bài."), texts(page, Scope.LEAD));
        assertEquals(List.of("Đoạn thân bài."), texts(page, Scope.BODY));
        assertEquals(List.of("Chú thích ảnh"), texts(page, Scope.CAPTION));
        assertEquals(List.of("Mô tả ảnh"), texts(page, Scope.ALT));
        assertTrue(page.wholeText().get().text().contains("Chân trang"), "chrome still counts for support info");
    }

    @Test
    void firstParagraphIsTheLeadWithoutAnExplicitOne() {
        Page page = PageExtractor.extract("<html><body><main><h1>T</h1><p>Đoạn đầu tiên của bài viết này khá dài để làm sapo.</p>"
                + "<p>Đoạn hai.</p></main></body></html>");
        assertEquals(1, texts(page, Scope.LEAD).size());
        assertEquals(List.of("Đoạn hai."), texts(page, Scope.BODY));
    }

    @Test
    void supportBoxIsNoticedEvenInChrome() {
        Page page = PageExtractor.extract("<html><body><main><p>Bài.</p></main><footer><div class=\"support-box\">Gọi 111</div></footer></body></html>");
        assertTrue(page.hasSupportBox());
        assertFalse(PageExtractor.extract("<html><body><p>Bài.</p></body></html>").hasSupportBox());
    }
}
