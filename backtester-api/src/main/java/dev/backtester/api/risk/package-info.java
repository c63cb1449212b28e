/** Risk middleware contract: rules that approve, resize or veto proposed entries. */
package dev.backtester.api.risk;
