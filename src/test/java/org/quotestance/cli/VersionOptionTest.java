package org.quotestance.cli;

import org.junit.jupiter.api.Test;
import org.quotestance.app.Version;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOptionTest {
    @Test
    void versionPrintsOneLineOnStdoutAndSucceeds() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = CommandLineMain.run(new PrintWriter(out), new PrintWriter(err), "--version");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualToIgnoringNewLines("QuoteStance " + Version.get());
        assertThat(err.toString()).isEmpty();
    }
}
