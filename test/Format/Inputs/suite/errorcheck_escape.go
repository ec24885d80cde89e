// errorcheck -0 -m -l

package p
