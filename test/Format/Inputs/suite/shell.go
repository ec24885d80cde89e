// RUN: true
// A lit shell test next to errorcheck tests.
package p
