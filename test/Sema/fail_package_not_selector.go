// errorcheck

// A package name used on its own.

package p

import "fmt" // ERROR `imported and not used: "fmt"`
var x = fmt // ERROR "use of package fmt not in selector"
