#include "RevenueTiers.h"

#include <limits>

namespace RevenueTiers {

std::pair<qint64, qint64> bucketRange(int bucket)
{
    if (bucket <= 0)
        return {std::numeric_limits<qint64>::min(), 1};
    const int digits = bucket / 100;
    const qint64 prefix = bucket % 100;
    if (digits == 1)
        return {prefix / 10, prefix / 10 + 1};
    qint64 unit = 1;
    for (int digit = 2; digit < digits; ++digit)
        unit *= 10;
    return {prefix * unit, (prefix + 1) * unit};
}

} // namespace RevenueTiers
