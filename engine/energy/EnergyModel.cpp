#include "engine/energy/EnergyModel.h"

#include <cmath>
#include <limits>

namespace fed::energy {

double dynamicPower(double kappa, double frequencyHz) {
    return kappa * frequencyHz * frequencyHz * frequencyHz;
}

double computationEnergy(double kappa, double cyclesPerSample, double samples, double frequencyHz) {
    return kappa * cyclesPerSample * samples * frequencyHz * frequencyHz;
}

double computationSeconds(double cyclesPerSample, double samples, double frequencyHz) {
    return cyclesPerSample * samples / frequencyHz;
}

double uplinkRate(double bandwidthHz, double powerW, double channelGain, double noiseDensity) {
    // log1p keeps the low-SNR end exact, where 1 + snr rounds to 1 in double precision.
    const double snr = powerW * channelGain / (noiseDensity * bandwidthHz);
    return bandwidthHz * std::log1p(snr) / std::log(2.0);
}

double transmissionSeconds(double bytes, double rateBitsPerSecond) {
    if (rateBitsPerSecond <= 0.0)
        return std::numeric_limits<double>::infinity();
    return bytes * kBitsPerByte / rateBitsPerSecond;
}

double transmissionEnergy(double powerW, double seconds) {
    return powerW * seconds;
}

double powerForRate(double rateBitsPerSecond, double bandwidthHz, double channelGain,
                    double noiseDensity) {
    // expm1 for the same reason as log1p above: small spectral efficiencies.
    return std::expm1(rateBitsPerSecond / bandwidthHz * std::log(2.0)) * noiseDensity *
           bandwidthHz / channelGain;
}

double carbonGrams(double joules, double gramsPerKilowattHour) {
    return joules / kJoulesPerKilowattHour * gramsPerKilowattHour;
}

double pathLossDb(double distanceM) {
    return 128.1 + 37.6 * std::log10(distanceM / 1000.0);
}

double channelGainAt(double distanceM) {
    return std::pow(10.0, -pathLossDb(distanceM) / 10.0);
}

double cyclesPerSample(double forwardMacsPerSample, double flopsPerCycle) {
    return kTrainingFlopsPerMac * forwardMacsPerSample / flopsPerCycle;
}

} // namespace fed::energy
