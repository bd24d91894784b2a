package vn.loa.content.plain;

import java.text.Normalizer;
import java.util.Random;

/**
 * Random AsciiDoc documents built from a grammar of what officers write and what lies just beside it:
 * headers in both JBake styles, paragraphs, section headings, bulleted and numbered lists (nested, with
 * continuation lines and blank lines between items), images, tables, admonitions, block quotes, thematic
 * breaks, comments, attribute entries, block titles and literal lines; inline bold, italic, monospace,
 * highlight, links, URLs, images, footnotes, cross references, escapes and the characters that trigger
 * Asciidoctor's replacements. Line endings are LF or CRLF, and some documents are in NFD.
 *
 * <p>Common forms come often and risky ones now and then, so that most documents are close to what the
 * plain path accepts and the cases where a naive converter would go wrong are all reached.
 */
final class AsciidocGrammar {
    private static final String[] WORDS = {"bình", "đẳng", "giới", "Phụ", "nữ", "ĐỒNG", "hành", "gia", "đình", "trẻ", "em",
        "Ủy", "ban", "xã", "thôn", "bạo", "lực", "2026", "1.000", "30%", "8/3", "15/11", "–", "—", "…", "“trích”", "(dẫn)",
        "a", "C", "x.y", "ơ", "Ư", "an", "toàn", "111", "1900 969 680"};
    private static final String[] PUNCT = {",", ".", ";", ":", "!", "?", ""};
    /** Inline pieces that can change the conversion (rare, each a risk the plain path must see). */
    private static final String[] RISKY = {"'", "--", "...", "(C)", "(R)", "(TM)", "->", "=>", "<-", "<=", "::", ";;", "+", "#",
        "`", "{a}", "[x]", "@", "\\", "((t))", "&lt;", "&", "<", ">", "^", "~", "$$", "|", "\"", "*", "_", "a@b.vn", "x^2^",
        "H~2~O", "pass:[x]", "kbd:[A]", "<<a>>", "anchor:x[]", "[[id]]", "&#8230;", "(c)", "&amp;", "**", "__", "++x++", "\\*x*",
        "*", "'x'", "`x'", "www.example.org", "ftp://a.b", "irc://a", "mailto:a@b.vn[Thư]", "footnote:x[y]", "xref:a[b]"};
    private static final String[] URLS = {"https://example.org", "https://vietnam.unfpa.org/vi", "https://a.b/path/",
        "http://a.b/c?d=e&f=g", "https://a.b/x_y_z", "https://a.b/(x)", "https://a.b/*star*"};
    private static final String[] SITE_PATHS = {"/ho-tro/", "/duyet-web-an-toan/", "/chu-de/binh-dang-gioi/", "/images/a.svg",
        "/a_b/", "ho-tro.html", "/x y/"};
    private static final String[] IMAGES = {"/images/a.svg", "/images/b.png", "anh.png", "/images/c d.png", "/images/x_y.svg"};
    private static final String[] ALTS = {"Ảnh minh họa", "Hai người cùng nấu ăn", "Sơ đồ, bốn bước", "Ảnh \"đẹp\"", "", "a]b",
        "Cán bộ xã trò chuyện với người dân", "x=1", "Ảnh *đậm*", "Tên {a}"};

    private final Random random;
    /** Half the documents keep to the forms officers write most (no risky block or inline piece, no NFD). */
    private boolean clean;

    AsciidocGrammar(Random random) {
        this.random = random;
    }

    /** A whole file's text, header included. */
    String document() {
        clean = random.nextBoolean();
        StringBuilder doc = new StringBuilder();
        int header = random.nextInt(10);
        if (header < 5) {
            doc.append("= ").append(title()).append('\n').append(":jbake-type: post\n:jbake-status: published\n")
                .append(":jbake-date: 2026-03-08\n");
            if (random.nextBoolean()) {
                doc.append(":jbake-tags: bình đẳng giới, gia đình\n");
            }
            if (random.nextInt(4) == 0) {
                doc.append(":jbake-summary: ").append(inline(3)).append('\n');
            }
            if (random.nextInt(30) == 0) {
                doc.append(random.nextBoolean() ? "Tác Giả <a@b.vn>\n" : ":sectnums:\n");
            }
        } else if (header < 9) {
            doc.append("title=").append(title()).append("\ndate=2026-03-08\ntype=post\nstatus=published\n");
            if (random.nextBoolean()) {
                doc.append("tags=bình đẳng giới, gia đình\n");
            }
            doc.append("~~~~~~\n");
            if (random.nextInt(8) == 0) {
                doc.append("= ").append(title()).append('\n');
            }
        }
        int blocks = 1 + random.nextInt(7);
        for (int b = 0; b < blocks; b++) {
            doc.append(!clean && random.nextInt(12) == 0 ? "" : "\n");
            block(doc);
        }
        String text = doc.toString();
        if (!clean && random.nextInt(5) == 0) {
            text = Normalizer.normalize(text, Normalizer.Form.NFD);
        }
        if (random.nextInt(4) == 0) {
            text = text.replace("\n", "\r\n");
        }
        return text;
    }

    private String title() {
        return random.nextInt(15) == 0 ? inline(3) : words(2 + random.nextInt(6)) + (random.nextInt(5) == 0 ? ": " + words(3) : "");
    }

    private void block(StringBuilder doc) {
        int kind = random.nextInt(clean ? 85 : 100);
        if (clean && kind >= 76) {
            kind += 4; // admonitions and quotes, not tables
        }
        if (kind < 38) {
            int lines = 1 + (random.nextInt(3) == 0 ? random.nextInt(3) : 0);
            for (int l = 0; l < lines; l++) {
                doc.append(inline(4 + random.nextInt(14))).append('\n');
            }
        } else if (kind < 50) {
            int level = clean ? (random.nextInt(4) == 0 ? 2 : 1) : random.nextInt(6) == 0 ? 1 + random.nextInt(5) : 1 + random.nextInt(2);
            doc.append("=".repeat(level + 1)).append(' ').append(!clean && random.nextInt(6) == 0 ? inline(3) : words(1 + random.nextInt(5)))
                .append('\n');
        } else if (kind < 70) {
            list(doc);
        } else if (kind < 76) {
            String alt = ALTS[clean ? random.nextInt(2) : random.nextInt(ALTS.length)];
            String image = IMAGES[clean ? random.nextInt(2) : random.nextInt(IMAGES.length)];
            doc.append(random.nextInt(8) == 0 ? ".Ảnh " + words(2) + "\n" : "")
                .append("image::").append(image).append(random.nextBoolean() ? "[\"" + alt + "\"]" : "[" + alt + "]").append('\n');
        } else if (kind < 80) {
            doc.append(random.nextBoolean() ? "[cols=\"1,2\",options=\"header\"]\n" : "").append("|===\n|").append(words(2)).append(" |")
                .append(inline(2)).append("\n\n|").append(words(1)).append("\n|").append(inline(3)).append("\n|===\n");
        } else if (kind < 85) {
            String label = new String[] {"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION", "Note"}[random.nextInt(6)];
            doc.append(random.nextInt(4) == 0 ? "[" + label + "]\n====\n" + inline(6) + "\n====\n" : label + ": " + inline(8) + "\n");
        } else if (kind < 89) {
            String name = random.nextInt(3) == 0 ? "\"" + words(2) + ", " + words(2) + "\"" : words(3);
            doc.append(random.nextBoolean() ? "[quote, " + name + "]\n" : random.nextInt(6) == 0 ? "[quote]\n" : "").append("____\n")
                .append(inline(10)).append(random.nextInt(4) == 0 ? "\n\n" + inline(5) : "").append("\n____\n");
        } else if (kind < 92) {
            doc.append(new String[] {"'''", "- - -", "* * *", "---", "***", "-  -  -", "''''"}[random.nextInt(7)]).append('\n');
        } else if (kind < 95) {
            doc.append(random.nextBoolean() ? "// " + words(3) + "\n" : "////\n" + words(4) + "\n////\n");
        } else if (kind < 97) {
            doc.append(':').append(random.nextBoolean() ? "a" : "jbake-x").append(": ").append(words(2)).append('\n');
        } else if (kind < 99) {
            doc.append('.').append(words(2)).append('\n').append(inline(5)).append('\n');
        } else {
            doc.append(' ').append(words(4)).append('\n');
        }
    }

    private void list(StringBuilder doc) {
        boolean ordered = random.nextInt(3) == 0;
        char marker = ordered ? '.' : (random.nextInt(4) == 0 ? '-' : '*');
        int items = 1 + random.nextInt(5);
        for (int i = 0; i < items; i++) {
            int depth = i > 0 && random.nextInt(4) == 0 ? 2 : 1;
            if (!clean && random.nextInt(25) == 0) {
                depth = 3;
            }
            String prefix = marker == '-' ? (depth == 1 ? "-" : "*".repeat(depth)) : String.valueOf(marker).repeat(depth);
            if (!clean && random.nextInt(30) == 0) {
                prefix = ordered ? (i + 1) + "." : "**";
            }
            doc.append(random.nextInt(8) == 0 && (depth == 1 || !clean) ? "\n" : "").append(prefix).append(' ').append(inline(2 + random.nextInt(10))).append('\n');
            if (random.nextInt(10) == 0) {
                doc.append(inline(4)).append('\n');
            }
            if (!clean && random.nextInt(40) == 0) {
                doc.append("+\n").append(inline(3)).append('\n');
            }
        }
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder("Việc");
        for (int i = 0; i < n; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /** A run of text with inline markup: mostly words, now and then a marked-up piece or a risky one. */
    String inline(int length) {
        StringBuilder s = new StringBuilder(random.nextInt(20) == 0 ? WORDS[random.nextInt(WORDS.length)] : "Việc");
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(clean ? 87 : 100);
            if (clean && kind == 86) {
                kind = 87; // a footnote, not an inline image
            }
            String space = !clean && random.nextInt(25) == 0 ? "" : " ";
            if (kind < 62) {
                s.append(space).append(WORDS[random.nextInt(WORDS.length)]);
                if (random.nextInt(6) == 0) {
                    s.append(PUNCT[random.nextInt(PUNCT.length)]);
                }
            } else if (kind < 72) {
                s.append(space).append(wrapped('*', !clean && random.nextInt(12) == 0 ? 2 : 1));
            } else if (kind < 78) {
                s.append(space).append(wrapped('_', !clean && random.nextInt(12) == 0 ? 2 : 1));
            } else if (kind < 80) {
                s.append(space).append(clean ? WORDS[random.nextInt(WORDS.length)] : wrapped(random.nextBoolean() ? '`' : '#', 1));
            } else if (kind < 86) {
                s.append(space).append(link());
            } else if (kind < 87) {
                s.append(space).append("image:").append(IMAGES[random.nextInt(IMAGES.length)]).append('[')
                    .append(ALTS[random.nextInt(ALTS.length)]).append(']');
            } else if (kind < 88) {
                s.append("footnote:[").append(words(2)).append(']');
            } else if (kind < 90) {
                s.append(space).append(RISKY[random.nextInt(RISKY.length)]);
            } else {
                s.append(space).append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return s.toString();
    }

    /** Constrained (n = 1) or unconstrained (n = 2) marks around one to three words, sometimes with punctuation. */
    private String wrapped(char mark, int n) {
        String marks = String.valueOf(mark).repeat(n);
        StringBuilder inner = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            inner.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        String open = random.nextInt(15) == 0 ? "“" : random.nextInt(20) == 0 ? "(" : "";
        String close = open.equals("“") ? "”" : open.equals("(") ? ")" : "";
        String after = random.nextInt(5) == 0 ? PUNCT[random.nextInt(PUNCT.length)] : !clean && random.nextInt(40) == 0 ? "x" : "";
        return open + marks + inner + marks + close + after;
    }

    private String link() {
        int kind = random.nextInt(10);
        String text = !clean && random.nextInt(10) == 0 ? inline(1) : words(random.nextInt(3));
        String url = URLS[random.nextInt(clean ? 3 : URLS.length)];
        if (kind < 4) {
            return "link:" + SITE_PATHS[random.nextInt(clean ? 3 : SITE_PATHS.length)] + "[" + text.strip() + "]";
        } else if (kind < 8) {
            return url + "[" + (!clean && random.nextInt(10) == 0 ? "" : text.strip()) + "]";
        } else if (kind < 9 || clean) {
            return url;
        }
        return "link:" + URLS[random.nextInt(URLS.length)] + "[" + text.strip() + (random.nextBoolean() ? ", window=_blank" : "") + "]";
    }
}
