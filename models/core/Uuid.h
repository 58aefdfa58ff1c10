#pragma once

#include <QString>

// Record identity per DESIGN.md: client-made, time-ordered UUIDv7 (RFC 9562), so keys made on two
// offline laptops never collide and new rows land at the end of primary-key indexes.
namespace Uuid {
QString createV7();
bool isValid(const QString& text);
} // namespace Uuid
