/** Market regime contracts: classifiers and the entry filter built on them. */
package dev.backtester.api.regime;
