package org.goldseam.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which command lines open the window straight away, and which go through picocli's checks. */
class DesktopLaunchTest {
    @Test
    void noArgumentsOpenTheDesktopOnTheDefaultVault() {
        assertThat(DesktopLaunch.recognise(new String[0])).contains(new DesktopLaunch(Optional.empty()));
    }

    @Test
    void aDataDirAloneOpensTheDesktopOnThatFolderInBothSpellings() {
        Path folder = Path.of("/tmp/Zoë's vault");
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir", folder.toString()}))
                .contains(new DesktopLaunch(Optional.of(folder)));
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir=" + folder}))
                .contains(new DesktopLaunch(Optional.of(folder)));
    }

    @Test
    void subCommandsHelpAndMistakesAreLeftToTheCommandLine() {
        assertThat(DesktopLaunch.recognise(new String[] {"--help"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--version"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"clients"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir", ""})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir", "--help"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir", "/tmp/v", "check"})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir="})).isEmpty();
        assertThat(DesktopLaunch.recognise(new String[] {"--data-dir", "bad\0path"})).isEmpty();
    }
}
