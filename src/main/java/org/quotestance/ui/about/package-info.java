/**
 * Help → About and the app icon (owned by packaging, issue 6).
 *
 * <p>For the main window (ui): the Help menu's "About QuoteStance" item calls
 * {@code new AboutDialog(AboutInfo.current(), stage).showAndWait()}; the stage gets its icon with
 * {@code stage.getIcons().setAll(AppIcons.all())}.
 *
 * <p>Opening a file from the desktop: the installers' file associations start the launcher with
 * one argument, a {@code .qdpx} file or a project's {@code project.json} (or a project folder);
 * {@code DesktopMain.wantsWindow} routes that to the window and {@code ui.LaunchRequest} reads it:
 * for project.json its folder is the project; a {@code .qdpx} is not a project, so the usual
 * start-up project opens and the window offers to import the set into it or into a new project.
 */
package org.quotestance.ui.about;
