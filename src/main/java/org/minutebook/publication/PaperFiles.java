package org.minutebook.publication;

import java.util.Optional;

/**
 * Where the agenda pack finds a paper's uploaded PDF. Papers uploaded as PDF are appended to the pack page for page;
 * a paper held only as text is typeset after the agenda instead. The feature that stores uploads provides a bean;
 * until one exists, {@link RecordPrint} sees no files and typesets every paper it can.
 */
public interface PaperFiles {

    /** The paper's PDF bytes, if it was uploaded as a PDF. Only asked about papers the public may already see. */
    Optional<byte[]> pdf(long paperId);
}
