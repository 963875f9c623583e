/**
 * Help → About and the app icon (owned by packaging, issue 6).
 *
 * <p>For the main window (ui): the Help menu's "About QuoteStance" item calls
 * {@code new AboutDialog(AboutInfo.current(), stage).showAndWait()}; the stage gets its icon with
 * {@code stage.getIcons().setAll(AppIcons.all())}.
 *
 * <p>Opening a file from the desktop: the installers' file associations start the launcher with
 * one argument, a {@code .qdpx} file or a project's {@code project.json} (or a project folder);
 * {@code DesktopMain.wantsWindow} routes that to the window, and {@code App} finds the path in
 * {@code getParameters().getRaw()} (for project.json, its parent folder is the project). A
 * {@code .qdpx} is not a project: it should open the usual start-up project and then offer to
 * import the file ({@code app.exchange.ImportSet}); {@code StartupProject} does not do that yet.
 */
package org.quotestance.ui.about;
