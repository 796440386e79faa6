package org.goldseam.app.cli;

import java.util.concurrent.Callable;
import org.goldseam.clinician.ClinicianIdentity;
import org.goldseam.clinician.Clinicians;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clinician", mixinStandardHelpOptions = true,
        description = {"Show or set the clinician who signs this vault's notes (name and credentials).",
                "Signatures, addenda and audit entries name this clinician. Notes already signed keep the signer they were signed with."})
final class ClinicianCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    VaultOptions options;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name as signed notes show it, e.g. \"Dr Ana Example\".")
    String name;

    @Option(names = "--credentials", paramLabel = "TEXT",
            description = "Your credentials as signed notes show them, e.g. \"PsyD, licensed psychologist\".")
    String credentials;

    @Spec
    CommandSpec spec;

    ClinicianCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (name == null && credentials == null) {
            String shown = options.withVault(context, vault -> new Clinicians(vault, context.clock()).current()
                    .map(ClinicianIdentity::signature).orElse(null));
            out.println(shown != null ? "Notes are signed by " + shown + "."
                    : "No clinician is named yet, so nothing can be signed. Set one with --name and --credentials.");
            out.flush();
            return ExitCodes.OK;
        }
        if (name == null || credentials == null) {
            throw new UsageException("Give both --name and --credentials: signed notes carry both.");
        }
        ClinicianIdentity identity = identity(name, credentials);
        options.withVault(context, vault -> {
            new Clinicians(vault, context.clock()).set(identity);
            return null;
        });
        out.println("Notes are now signed by " + identity.signature() + ". Notes signed before keep their signer.");
        out.flush();
        return ExitCodes.OK;
    }

    /** The identity, or a usage error saying what is wrong with it. */
    static ClinicianIdentity identity(String name, String credentials) {
        try {
            return new ClinicianIdentity(name, credentials);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
