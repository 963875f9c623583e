/**
 * File → Export…: exports the whole project, the article on screen or the current search result
 * as a QuoteStance bundle, JSON Lines, CSV, W3C Web Annotation, REFI-QDA (.qdpx) or brat, with a
 * progress bar and Cancel for big sets. The work is {@link org.quotestance.app.exchange.ExportSet}.
 *
 * <h2>For the main window (menu item File → Export…)</h2>
 * <pre>{@code
 * ExportContext ctx = new ExportContext(openArticleIdOrNull, openArticleTitleOrNull, searchQueryOrNull);
 * ExportDialog.show(stage, session, taskExecutor, ctx);      // non-blocking, window-modal
 * }</pre>
 * <ul>
 * <li>{@link org.quotestance.ui.export.ExportDialog} opens a window over
 *     {@link org.quotestance.ui.export.ExportView} bound to an
 *     {@link org.quotestance.ui.export.ExportViewModel}; "Current article" and "Current search
 *     result" are offered only when the context has them.</li>
 * <li>The output file comes from an {@link org.quotestance.ui.export.OutputFileChooser}: the
 *     desktop uses {@link org.quotestance.ui.export.SaveDialogChooser}; tests pass a fake.</li>
 * <li>The file appears atomically when the export is done; Cancel (or closing the window) stops
 *     it and leaves no file behind.</li>
 * </ul>
 */
package org.quotestance.ui.export;
