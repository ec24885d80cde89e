// errorcheck

// A constant beyond gc's 512-bit limit.

package p

const big = 1 << 600 // ERROR "constant shift overflow"
