package org.minutebook.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Chromium. Playwright is told to launch this executable instead of
 * downloading its own browser (CI sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}).
 */
public final class Chromium {

    /** Environment variable naming the Chromium (or Chrome) executable. */
    public static final String ENV = "MINUTEBOOK_CHROMIUM";
    /** Where Debian's {@code chromium} package puts it. */
    public static final String DEFAULT = "/usr/bin/chromium";

    private Chromium() {
    }

    /**
     * The executable from {@value #ENV}, else {@value #DEFAULT}.
     *
     * @throws IllegalStateException if it is not an executable file
     */
    public static Path executable() {
        String named = System.getenv(ENV);
        Path path = Path.of(named == null || named.isBlank() ? DEFAULT : named);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No Chromium at " + path + ". Install Debian's chromium package or set "
                    + ENV + " to a Chromium or Chrome executable.");
        }
        return path;
    }
}
