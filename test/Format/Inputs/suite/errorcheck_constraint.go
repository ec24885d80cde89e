//go:build windows

// errorcheck

package p
