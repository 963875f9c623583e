package org.quotestance.ui;

import org.quotestance.app.SameThreadTaskExecutor;
import org.quotestance.app.UserSettings;

import java.util.ArrayList;
import java.util.List;

/** A desk view model on the test's thread: same-thread executor, errors collected in a list. */
final class TestDesk {
    final List<String> errors = new ArrayList<>();
    final List<UserSettings> savedSettings = new ArrayList<>();
    final DeskViewModel vm;

    TestDesk() {
        UiTasks tasks = new UiTasks(new SameThreadTaskExecutor(), Runnable::run,
                (what, cause) -> errors.add(what + ": " + ErrorDialog.reason(cause)));
        vm = new DeskViewModel(tasks, new DeskViewModel.SettingsPort() {
            @Override
            public UserSettings load() {
                return savedSettings.isEmpty() ? UserSettings.DEFAULTS : savedSettings.get(savedSettings.size() - 1);
            }

            @Override
            public void save(UserSettings settings) {
                savedSettings.add(settings);
            }
        });
    }
}
