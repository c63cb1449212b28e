/**
 * Corporate actions (splits and cash dividends) and the choice of raw or adjusted prices for signals.
 * Actions come from explicit lists or are derived from an adjusted-close column by core.
 */
package dev.backtester.api.corporate;
