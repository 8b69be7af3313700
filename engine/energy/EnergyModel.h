#pragma once
// The energy model's formulas, in SI units (docs/energy.md derives and sources each one).
// Pure functions: the figures in run files, ledger blocks and the scheduler all come from here.

namespace fed::energy {

inline constexpr double kJoulesPerKilowattHour = 3.6e6;
inline constexpr double kBitsPerByte = 8.0;
//! A forward pass costs 2 FLOPs per multiply-accumulate and the backward pass twice the forward.
inline constexpr double kTrainingFlopsPerMac = 6.0;

//! Dynamic CPU power at frequency f: kappa * f^3 (W), kappa in W/Hz^3 (= J*s^2).
double dynamicPower(double kappa, double frequencyHz);

//! Energy of one local epoch over `samples` samples: kappa * c * D * f^2 (J).
double computationEnergy(double kappa, double cyclesPerSample, double samples, double frequencyHz);

//! Time of one local epoch: c * D / f (s).
double computationSeconds(double cyclesPerSample, double samples, double frequencyHz);

//! Shannon rate of the uplink: B * log2(1 + p * h / (N0 * B)) (bit/s); N0 in W/Hz.
double uplinkRate(double bandwidthHz, double powerW, double channelGain, double noiseDensity);

//! Time to send `bytes` at `rate` bit/s: 8 * S / r (s); infinite when the rate is 0.
double transmissionSeconds(double bytes, double rateBitsPerSecond);

//! Radiated energy of a transmission: p * t (J).
double transmissionEnergy(double powerW, double seconds);

//! The transmit power that reaches `rate` bit/s: (2^(r/B) - 1) * N0 * B / h (W).
double powerForRate(double rateBitsPerSecond, double bandwidthHz, double channelGain,
                    double noiseDensity);

//! Emissions of `joules` on a grid with the given intensity: J / 3.6e6 * g/kWh (g CO2).
double carbonGrams(double joules, double gramsPerKilowattHour);

//! 3GPP urban macro-cell path loss, 128.1 + 37.6 * log10(d / 1 km) (dB), d > 0.
double pathLossDb(double distanceM);

//! The linear channel gain 10^(-PL/10) at a distance, from pathLossDb.
double channelGainAt(double distanceM);

//! CPU cycles one training sample costs on a device: 6 * MACs / (FLOPs per cycle).
double cyclesPerSample(double forwardMacsPerSample, double flopsPerCycle);

} // namespace fed::energy
