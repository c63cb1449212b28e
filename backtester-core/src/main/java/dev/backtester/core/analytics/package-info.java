/** Result analytics: performance metrics, drawdowns, trade statistics, run fingerprints. */
package dev.backtester.core.analytics;
