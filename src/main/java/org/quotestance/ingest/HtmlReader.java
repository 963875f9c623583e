package org.quotestance.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.quotestance.model.ArticleMeta;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Saved web pages via jsoup, which parses broken HTML as leniently as a browser. Metadata comes
 * from the page's meta tags and visible header; the text from the article body, without scripts,
 * navigation, share bars, "related" blocks and other site furniture.
 */
public final class HtmlReader implements ArticleReader {
    /** Elements never part of a story, by tag or ARIA role. */
    private static final String JUNK = "script, style, noscript, template, nav, header, footer, aside, form, button, "
            + "iframe, svg, canvas, object, embed, select, figcaption, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[aria-hidden=true], [hidden]";
    /** Words in class or id names that mark furniture ("article-share-bar", "related_links"). */
    private static final Set<String> JUNK_WORDS = Set.of("share", "sharing", "social", "related", "recommended",
            "recirculation", "newsletter", "promo", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored",
            "comments", "comment", "breadcrumb", "breadcrumbs", "cookie", "cookies", "subscribe", "subscription",
            "paywall", "sidebar", "menu", "nav", "navigation", "toolbar", "popup", "modal", "outbrain", "taboola",
            "byline", "dateline", "timestamp", "caption", "credit", "tags", "more", "trending", "footer", "masthead");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "section", "article", "main", "tr", "table", "dd", "dt", "dl", "figure", "address",
            "hr", "body", "center");

    private final NewsLayout layout;

    public HtmlReader(NewsLayout layout) {
        this.layout = layout;
    }

    @Override
    public ReadOutcome read(String decoded) throws IngestException {
        Document doc = Jsoup.parse(decoded);
        Element container = container(doc);
        String outlet = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]")
                .or(() -> titleSuffix(doc.title())).orElse(null);
        String title = title(doc, container, outlet).orElse(null);
        LocalDate published = published(doc, container).orElse(null);
        String author = author(doc, container).orElse(null);
        String url = doc.select("link[rel=canonical]").attr("href");
        if (url.isBlank()) {
            url = meta(doc, "meta[property=og:url]").orElse(null);
        }

        removeJunk(container);
        if (title != null) {
            for (Element h1 : container.select("h1")) {
                if (h1.text().strip().equals(title)) {
                    h1.remove();
                }
            }
        }
        String body = TextNormaliser.normalise(blocksToText(container));
        String text = title == null ? body : title + "\n\n" + body;
        NewsLayout.Result r = layout.read(TextNormaliser.normalise(text));
        if (r.text().isBlank() || (title != null && r.text().strip().equals(title))) {
            throw new IngestException("no article text found in the HTML");
        }
        ArticleMeta meta = new ArticleMeta(title != null ? title : r.title(), outlet != null ? outlet : r.outlet(),
                author != null ? author : r.byline(), published != null ? published : r.published(),
                url == null || url.isBlank() ? null : url, r.credit(), null, null, null);
        return ReadOutcome.of(new ArticleDraft(meta, r.text()));
    }

    /** The element holding the story: the article body if marked, else the richest article or main block. */
    static Element container(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null && !marked.text().isBlank()) {
            return marked;
        }
        for (String query : List.of("article", "[role=main], main",
                "[class~=(?i)(article|story|post|entry)[-_]?(body|content|text)], [id~=(?i)(article|story|post|entry)[-_]?(body|content|text)]")) {
            Elements found = doc.select(query);
            Element best = null;
            int bestLength = 0;
            for (Element e : found) {
                int length = e.select("p").text().length();
                if (length > bestLength) {
                    best = e;
                    bestLength = length;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return doc.body();
    }

    private static void removeJunk(Element container) {
        for (Element e : container.select(JUNK)) {
            if (e != container) {
                e.remove();
            }
        }
        for (Element e : container.select("[class], [id]")) {
            if (e != container && e.parent() != null && hasJunkWord(e)) {
                e.remove();
            }
        }
    }

    static boolean hasJunkWord(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return Arrays.stream(names.split("[^a-z0-9]+")).anyMatch(JUNK_WORDS::contains);
    }

    private static Optional<String> title(Document doc, Element container, String outlet) {
        Element h1 = container.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text().strip());
        }
        Optional<String> og = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (og.isPresent()) {
            return og;
        }
        String t = doc.title().strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        // "Headline | Outlet" or "Headline - Outlet": the outlet is not part of the headline
        if (outlet != null) {
            for (String sep : List.of(" | ", " - ", " – ", " — ")) {
                if (t.endsWith(sep + outlet)) {
                    return Optional.of(t.substring(0, t.length() - sep.length() - outlet.length()).strip());
                }
            }
        }
        return Optional.of(t);
    }

    /** "Headline | Ministry of Defence": the site's name after the last bar of the page title. */
    static Optional<String> titleSuffix(String pageTitle) {
        int bar = pageTitle.lastIndexOf(" | ");
        if (bar <= 0) {
            return Optional.empty();
        }
        String suffix = pageTitle.substring(bar + 3).strip();
        return suffix.isEmpty() || suffix.split("\\s+").length > 5 ? Optional.empty() : Optional.of(suffix);
    }

    private static Optional<LocalDate> published(Document doc, Element container) {
        for (Element time : container.select("time[datetime]")) {
            Optional<LocalDate> d = NewsDates.parseField(time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<String> m = meta(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=dc.date]",
                "meta[name=DC.date.issued]", "meta[name=article:published_time]");
        if (m.isPresent()) {
            Optional<LocalDate> d = NewsDates.parseField(m.get());
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<LocalDate> d = NewsDates.parseField(time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        Element time = doc.selectFirst("time");
        return time == null ? Optional.empty() : NewsDates.parseField(time.text());
    }

    private static Optional<String> author(Document doc, Element container) {
        Optional<String> m = meta(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=byl]");
        if (m.isPresent() && !m.get().startsWith("http")) {
            return Optional.of(stripBy(m.get()));
        }
        for (String q : List.of("[rel=author]", "[itemprop=author]", "[class~=(?i)\\bbyline\\b]", "[class~=(?i)\\bauthor\\b]")) {
            Element e = container.selectFirst(q);
            if (e == null) {
                e = doc.selectFirst(q);
            }
            if (e != null && !e.text().isBlank() && e.text().length() < 120) {
                return Optional.of(stripBy(e.text()));
            }
        }
        return Optional.empty();
    }

    private static String stripBy(String s) {
        return s.strip().replaceFirst("(?i)^by\\s+", "");
    }

    private static Optional<String> meta(Document doc, String... queries) {
        for (String q : queries) {
            Element e = doc.selectFirst(q);
            if (e != null && !e.attr("content").isBlank()) {
                return Optional.of(e.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** The visible text with a blank line between blocks and a line break for {@code <br>}. */
    static String blocksToText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int pre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(pre > 0 ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                    if (tag.equals("pre")) {
                        pre++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                    if (e.normalName().equals("pre")) {
                        pre--;
                    }
                }
            }
        }, root);
        StringBuilder lines = new StringBuilder(out.length());
        for (String l : out.toString().split("\n", -1)) {
            lines.append(l.strip()).append('\n');
        }
        return lines.toString();
    }
}
