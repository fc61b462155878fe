# syntax=docker/dockerfile:1
# Pilotis in production: the jar built by the Maven wrapper, run as a non-root user with the prod
# profile (an external PostgreSQL given by SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY db/ db/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
    && cp target/pilotis-*.jar /pilotis.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system pilotis \
    && useradd --system --gid pilotis --no-create-home --home-dir /app --shell /usr/sbin/nologin pilotis
WORKDIR /app
COPY --from=build --chown=root:root /pilotis.jar /app/pilotis.jar
USER pilotis
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/pilotis.jar"]
