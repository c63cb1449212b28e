/** Position sizing contract; the built-in sizers live in core. */
package dev.backtester.api.sizing;
