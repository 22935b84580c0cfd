package org.w3id.medkg.cli;

import java.io.PrintWriter;

import org.w3id.medkg.MedkgException;
import org.w3id.medkg.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code medkg} command. Only here is {@code System.exit} called. */
@Command(name = "medkg", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns curated Markdown lists of medical datasets into a DCAT knowledge graph and serves it.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, DiffCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of a graph that does not conform to its shapes. */
    public static final int EXIT_NOT_CONFORMING = 1;
    /** Exit code of bad input or a bad option. */
    public static final int EXIT_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: build, validate, serve or diff");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code; output goes to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof MedkgException m) {
                for (String line : m.getMessage().split("\n"))
                    err.println("medkg: " + line);
                return m.exitCode();
            }
            if (e instanceof IllegalArgumentException) {
                err.println("medkg: " + e.getMessage());
                return EXIT_INPUT;
            }
            err.println("medkg: internal error: " + e);
            return 70;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("medkg: " + e.getMessage());
            e.getCommandLine().usage(err);
            return EXIT_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"medkg " + Version.get()};
        }
    }
}
