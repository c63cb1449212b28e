package dev.backtester.core.cache;

/** A cache file is not a complete, intact cache file: wrong magic or version, truncated, or a checksum mismatch. */
final class CorruptCacheException extends Exception {

    CorruptCacheException(String message) {
        super(message);
    }
}
