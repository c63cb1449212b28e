package dev.backtester.core.cache;

/** What a {@link ColumnCache} load did. */
public enum CacheOutcome {
    /** The entry matched its source and was read from the cache. */
    HIT,
    /** There was no entry; it was built from the source. */
    BUILT,
    /** The source had changed; the entry was rebuilt. */
    REBUILT_STALE,
    /** The entry was corrupt or truncated; it was rebuilt and never read as data. */
    REBUILT_CORRUPT
}
