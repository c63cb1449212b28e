/**
 * Runs in the database: storing a run whole in one transaction and loading it back bit-identical,
 * decision journal included ({@link dev.backtester.timescale.runs.RunRepository}), listing and comparing runs, walk-forward
 * windows, and optimization trials written concurrently
 * ({@link dev.backtester.timescale.runs.TrialRepository}).
 */
package dev.backtester.timescale.runs;
