# statistics: means, medians, modes, quantiles, variances and deviations (exact, so equal to
# CPython's to the last bit), covariance, correlation, linear regression, errors.
import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean(ints), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3)]), st.mean(iter([1.5, 2])), st.mean([True, 3]))
print(st.fmean(data), st.fmean([1, 2, 3], weights=[1, 1, 2]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 0]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median([F(1, 2), F(1, 3)]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(data), st.variance(ints), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance(ints), st.variance(data, st.mean(data)))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(ints), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([F(1, 3), F(2, 3)]), st.stdev([10**20, 10**20 + 1]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for f, args in [(st.mean, ([],)), (st.variance, ([1],)), (st.stdev, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.quantiles, ([1],)), (st.harmonic_mean, ([-1, 2],)), (st.correlation, ([1, 1], [1, 2])), (st.geometric_mean, ([0, 1],)), (st.pvariance, ([],))]:
    try: print(f(*args))
    except st.StatisticsError as e: print(type(e).__name__, e)
try: st.mean(['a', 'b'])
except TypeError as e: print('TypeError', e)
print(issubclass(st.StatisticsError, ValueError), type(st.mean([1, 2])).__name__, type(st.variance([1, 2, 3])).__name__, type(st.mean([F(1), 2])).__name__, type(st.mean([1.0, F(1, 2)])).__name__)
