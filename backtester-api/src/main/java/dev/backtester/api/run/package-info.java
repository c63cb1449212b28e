/** Run observation: listeners and progress events. */
package dev.backtester.api.run;
