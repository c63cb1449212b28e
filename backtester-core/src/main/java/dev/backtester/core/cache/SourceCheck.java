package dev.backtester.core.cache;

/** How a {@link ColumnCache} decides that a source file is still the one its entry was built from. */
public enum SourceCheck {
    /**
     * Unchanged size and modification time are trusted; otherwise the content is hashed and compared. Fast:
     * a hit costs one file-attribute read. A change that keeps both size and modification time (a tool
     * resetting the time) goes unnoticed.
     */
    SIZE_AND_TIME,
    /** The content is hashed on every load and compared with the recorded SHA-256. Strict and slower. */
    CONTENT_HASH
}
