/** Built-in position sizers (fixed shares, fixed cash, percent of equity). */
package dev.backtester.core.sizing;
