#include "dns/lookupservice.h"

namespace Caa::Dns {

LookupService::~LookupService() = default;

} // namespace Caa::Dns
