/**
 * The codebook editor: a tree of topics and stances with name, description, colour and key;
 * add, rename, recolour, move (drag and drop, Move to…, up/down), merge two stances (their quotes
 * follow) and delete (asks, saying how many quotes it touches), each saved at once and undoable.
 *
 * <h2>Embedding</h2>
 * <pre>{@code
 * CodebookViewModel vm = new CodebookViewModel(session, taskExecutor);   // results on the FX thread
 * CodebookView view = new CodebookView(vm);                              // a BorderPane
 * tabPane.getTabs().add(new Tab("Codebook", view));                      // or a side panel:
 * view.setDetailsBelow(true);                                            //   details under the tree
 * }</pre>
 * <ul>
 * <li>Edits go through {@link org.quotestance.app.codebook.CodebookCommand} objects (in
 *     {@code app.codebook}, plain and tested without JavaFX) and {@code ProjectSession.saveInfo};
 *     merge and delete also rewrite the quotes of the articles that carry the stances (the index
 *     names them) through
 *     {@code ProjectSession.update}, so {@code onSaved} listeners (the index, an open article view)
 *     hear each changed article. Other views that show stances should listen to
 *     {@code ProjectSession.onInfoSaved} (called on the worker thread) for codebook changes.</li>
 * <li>Undo and redo: the view model keeps its own history ({@code undo()}, {@code redo()},
 *     {@code canUndoProperty()}, {@code undoLabelProperty()}), and the view binds Ctrl+Z and
 *     Ctrl+Shift+Z while the focus is in the tree. A window-wide undo stack can take the
 *     commands instead: they apply and undo themselves given the session.</li>
 * <li>Tests build the view model with a {@code SameThreadTaskExecutor} and {@code Runnable::run}
 *     as its UI thread, and answer the delete confirmation with
 *     {@link org.quotestance.ui.codebook.CodebookViewModel#setConfirmation}.</li>
 * </ul>
 */
package org.quotestance.ui.codebook;
