package org.quotestance.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs one command and returns its exit code: 0 success, 1 some inputs failed, 2 usage or fatal. */
public final class CommandLineMain {
    private CommandLineMain() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new QuoteStanceCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.FATAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("quotestance: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ExitCodes.FATAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
