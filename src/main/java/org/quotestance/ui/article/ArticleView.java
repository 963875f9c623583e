package org.quotestance.ui.article;

import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyledDocument;
import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.TaskExecutor;
import org.quotestance.model.Article;
import org.quotestance.model.Codebook;
import org.quotestance.model.Span;
import org.quotestance.model.ArticleMeta;
import org.quotestance.model.Quote;
import org.quotestance.ui.StyleClasses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The article in the centre: its metadata above, its text below with every quote highlighted.
 * Binds to {@link ArticleViewModel}; the text never changes after import, so an edit only restyles.
 */
public final class ArticleView extends VBox {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleView.class);
    /** An edit that changed more text than this restyles the whole article in the background. */
    static final int RANGE_RESTYLE_LIMIT = 20_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private final ArticleViewModel vm;
    /** Built with the first article ({@link #area()}); null until then. */
    private StyleClassedTextArea area;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label empty = new Label("Choose an article on the left, or drop files here to import them.");
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private final StackPane body;
    private QuoteEdgeDrag edgeDrag;
    private final VBox header;
    private Selection<Collection<String>, String, Collection<String>> focus;
    private final TaskExecutor spanBuilder;
    private final Executor fx;
    private String shownId;
    /** The article version (and codebook) whose styles the text area shows; null while none are. */
    private Article styled;
    private Codebook styledCodebook;
    /** The article version whose styles are being built on the executor, if any. */
    private Article styling;

    /** Builds the style spans on the calling thread: for tools and tests that show small articles. */
    public ArticleView(ArticleViewModel vm) {
        this(vm, new SameThreadTaskExecutor(), Runnable::run);
    }

    /**
     * @param spanBuilder where the styles of a whole article are computed (a long article's take
     *                    a while); never the FX thread in the window
     * @param fx          back to the FX thread, to apply them
     */
    public ArticleView(ArticleViewModel vm, TaskExecutor spanBuilder, Executor fx) {
        this.vm = vm;
        this.spanBuilder = spanBuilder;
        this.fx = fx;
        getStyleClass().add("qs-article-view");
        title.getStyleClass().add(StyleClasses.ARTICLE_TITLE);
        title.setWrapText(true);
        title.setId("article-title");
        meta.getStyleClass().add(StyleClasses.ARTICLE_META);
        meta.setWrapText(true);
        header = new VBox(4, title, meta);
        header.getStyleClass().add(StyleClasses.ARTICLE_HEADER);
        empty.getStyleClass().addAll(StyleClasses.EMPTY_STATE, "qs-empty-cover");
        empty.setWrapText(true);
        empty.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        empty.setMouseTransparent(true);
        // Until the first article, a plain region with the text area's look stands where the area
        // will be: the area (a virtual flow, scroll bars, its behaviour) costs the first frame more
        // than anything else on screen that shows nothing yet (docs/adr/0604).
        Region blank = new Region();
        blank.getStyleClass().add(StyleClasses.ARTICLE_AREA);
        body = new StackPane(blank, empty);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        hoverText.getStyleClass().add(StyleClasses.HOVER_POPUP);
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(420);
        hover.getContent().add(hoverText);
        hover.setAutoHide(true);

        vm.articleProperty().addListener((o, a, b) -> render(b));
        vm.codebookProperty().addListener((o, a, b) -> render(vm.articleProperty().get()));
        vm.selectedQuoteProperty().addListener((o, a, b) -> selectionMoved(a, b));
        render(vm.articleProperty().get());
    }

    /** The text area, built on first use in the place of the blank region (which hands over its focus). */
    private StyleClassedTextArea area() {
        if (area != null) {
            return area;
        }
        area = new StyleClassedTextArea();
        area.setEditable(false);
        // The text never changes and edits have their own history: recording every restyle for
        // the area's own undo only costs time (and Ctrl+Z must reach the window's Undo).
        area.setUndoManager(org.fxmisc.richtext.util.UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.getStyleClass().add(StyleClasses.ARTICLE_AREA);
        area.setId("article-text");
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        edgeDrag = new QuoteEdgeDrag(area, vm);
        // The selected quote is drawn as an extra selection (a shape over the text), not as a style:
        // moving it with J/K changes no style spans, which is what keeps long articles quick.
        focus = new SelectionImpl<>("quote-focus", area, path -> path.getStyleClass().add(StyleClasses.QUOTE_FOCUS));
        area.addSelection(focus);
        boolean hadFocus = body.isFocused();
        body.getChildren().set(0, new VirtualizedScrollPane<>(area));
        if (hadFocus) {
            area.requestFocus();
        }
        return area;
    }

    private void render(Article a) {
        hover.hide();
        empty.setVisible(a == null);
        header.setVisible(a != null);
        header.setManaged(a != null);
        if (a == null) {
            shownId = null;
            styled = null;
            styling = null;
            title.setText("");
            meta.setText("");
            if (area != null) {
                area.clear();
            }
            return;
        }
        title.setText(a.meta().title() == null || a.meta().title().isBlank() ? "Untitled article" : a.meta().title());
        meta.setText(metaLine(a.meta()));
        if (!a.id().equals(shownId)) {
            showText(a);
        } else {
            restyle(a);
        }
        placeFocus(vm.selectedQuoteProperty().get());
    }

    /**
     * A new article: its text and styles go into the area together, in one replace of a document built
     * beforehand (docs/adr/0403). A short one is built here; a long one on the executor, and its body
     * stays empty until then (a long article's text alone took 30-200 ms to set on the FX thread).
     */
    private void showText(Article a) {
        shownId = a.id();
        styled = null;
        styledCodebook = null;
        Codebook cb = vm.codebookProperty().get();
        if (a.text().length() <= RANGE_RESTYLE_LIMIT) {
            styling = null;
            swapIn(a, cb, StyledText.of(a.text(), QuoteHighlights.build(a, cb, null), area().getSegOps()));
        } else {
            area().clear();
            restyleAll(a, cb);
        }
    }

    /**
     * An edit restyles only the stretch it changed, here and now (one quote: cheap, and the
     * analyst sees the colour change with the key press). A new codebook or a large edit restyles the
     * whole text: text and styles are built on the executor and swapped in on the FX thread, unless
     * the article changed again meanwhile (then the newest version is built).
     */
    private void restyle(Article a) {
        Codebook cb = vm.codebookProperty().get();
        if (styled != null && styling == null && cb == styledCodebook && styled.id().equals(a.id())) {
            Span changed = QuoteHighlights.changedRange(styled, a);
            if (changed == null || changed.length() <= RANGE_RESTYLE_LIMIT) {
                if (changed != null) {
                    area.setStyleSpans(changed.start(), QuoteHighlights.build(a, cb, null, changed.start(), changed.end()));
                }
                styled = a;
                return;
            }
        }
        restyleAll(a, cb);
    }

    private void restyleAll(Article a, Codebook cb) {
        styling = a;
        var ops = area().getSegOps();
        spanBuilder.submit(() -> StyledText.of(a.text(), QuoteHighlights.build(a, cb, null), ops))
                .whenComplete((doc, error) -> fx.execute(() -> {
                    if (styling != a) {
                        return; // a newer version is on its way
                    }
                    styling = null;
                    Article now = vm.articleProperty().get();
                    if (error != null) {
                        LOG.warn("Could not build the styles of article {}", a.id(), error);
                        if (styled == null && now == a) {
                            area.replaceText(a.text()); // the text at least, unstyled
                        }
                    } else if (now == a && vm.codebookProperty().get() == cb) {
                        swapIn(a, cb, doc);
                        return;
                    }
                    if (now != null && now.id().equals(shownId) && error == null) {
                        restyleAll(now, vm.codebookProperty().get());
                    }
                }));
    }

    /**
     * Puts the built document into the area in one step. A new article starts at its top; new styles
     * for the text on screen keep the analyst's place (first visible paragraph) and selection.
     */
    private void swapIn(Article a, Codebook cb, StyledDocument<Collection<String>, String, Collection<String>> doc) {
        boolean fresh = styled == null;
        if (fresh) {
            area.replace(0, area.getLength(), doc);
            area.moveTo(0);
            area.showParagraphAtTop(0);
        } else {
            int anchor = area.getAnchor();
            int caret = area.getCaretPosition();
            int top = firstVisibleParagraph();
            area.replace(0, area.getLength(), doc);
            area.selectRange(anchor, caret);
            area.showParagraphAtTop(top);
        }
        styled = a;
        styledCodebook = cb;
        Quote selected = vm.selectedQuoteProperty().get();
        placeFocus(selected);
        if (fresh && selected != null) {
            // Scrolling to it lays out the paragraphs around it: a step of its own, after this one.
            fx.execute(() -> {
                Quote now = vm.selectedQuoteProperty().get();
                if (styled == a && now != null && now.id().equals(selected.id())) {
                    reveal(now);
                }
            });
        }
    }

    private int firstVisibleParagraph() {
        try {
            return area.firstVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return 0;
        }
    }

    /** True once the text area shows the styles of the article on screen (for tests). */
    public boolean stylesApplied() {
        return styling == null && styled != null && styled == vm.articleProperty().get();
    }

    static String metaLine(ArticleMeta m) {
        List<String> parts = new ArrayList<>();
        if (m.outlet() != null && !m.outlet().isBlank()) {
            parts.add(m.outlet());
        }
        if (m.byline() != null && !m.byline().isBlank()) {
            parts.add(m.byline().startsWith("By ") || m.byline().startsWith("by ") ? m.byline() : "By " + m.byline());
        }
        if (m.published() != null) {
            parts.add(DATE.format(m.published()));
        }
        return parts.isEmpty() ? "No outlet, byline or date known" : String.join("  ·  ", parts);
    }

    private void selectionMoved(Quote before, Quote now) {
        Article a = vm.articleProperty().get();
        if (a == null || !a.id().equals(shownId) || styled == null) {
            return; // the text is not in the area yet; swapIn places the outline when it is
        }
        placeFocus(now);
        if (now != null && (before == null || !before.id().equals(now.id()))) {
            reveal(now);
        }
    }

    private void placeFocus(Quote q) {
        if (area == null) {
            return;
        }
        if (q == null || q.span().end() > area.getLength()) {
            focus.selectRange(0, 0);
        } else {
            focus.selectRange(q.span().start(), q.span().end());
        }
    }

    /** The range the selected quote's outline covers (empty when none), for tests. */
    public IndexRange focusRange() {
        return focus == null ? new IndexRange(0, 0) : focus.getRange();
    }

    /** Scrolls so the quote's first line is in view, with a little context above it. */
    private void reveal(Quote q) {
        int par = area.offsetToPosition(q.span().start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        if (!isParagraphVisible(par)) {
            area.showParagraphAtCenter(par);
        }
    }

    private boolean isParagraphVisible(int par) {
        try {
            return par >= area.firstVisibleParToAllParIndex() && par <= area.lastVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOutYet) {
            return false;
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || area.getSelection().getLength() > 0
                || edgeDrag.justDragged()) {
            return;
        }
        int offset = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        if (offset >= 0) {
            vm.quoteAt(offset).ifPresent(q -> vm.select(q.id()));
        }
    }

    private void showHover(int offset, Point2D screen) {
        vm.quoteAt(offset).ifPresentOrElse(q -> {
            hoverText.setText(vm.describe(q));
            // A popup is a scene of its own: it gets the window's stylesheets (where its look is) only by hand.
            if (getScene() != null) {
                List<String> sheets = new ArrayList<>(getScene().getStylesheets());
                sheets.addAll(getScene().getRoot().getStylesheets());
                if (!hoverText.getStylesheets().equals(sheets)) {
                    hoverText.getStylesheets().setAll(sheets);
                }
            }
            hover.show(area, screen.getX() + 12, screen.getY() + 16);
        }, hover::hide);
    }

    /** The text the analyst selected, for Q (make quote), Shift+S (speaker) and Shift+C (cue). */
    public IndexRange textSelection() {
        return area == null ? new IndexRange(0, 0) : area.getSelection();
    }

    /** Focus on the text (before the first article, on the place it will take). */
    public void focusText() {
        (area == null ? body : area).requestFocus();
    }

    public StyleClassedTextArea textArea() {
        return area();
    }
}
