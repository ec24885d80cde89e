// errorcheck

// REQUIRES: no-such-feature

package p
